import { COMMAND_HELP, COMMANDS, optionsOf, type CommandName, type OptionSpec } from './option-table.js';
import { pkg } from './version.js';

// Help text, built from the option table so it lists exactly what the parser accepts. Loads no library.

const EXIT_CODES = 'Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or tool error.';

/** `keyward --help`: the commands, and where each one's options are listed. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => COMMAND_HELP[command].usage.split('   ')[0]!.length));
  const lines = COMMANDS.map((command) => {
    const usage = COMMAND_HELP[command].usage.split('   ')[0]!;
    return `  ${usage.padEnd(width)}  ${COMMAND_HELP[command].summary}`;
  });
  return `keyward ${pkg.version}: find API keys where they must never be

Usage:
${lines.join('\n')}
  keyward --help | --version

Run \`keyward <command> --help\` for a command's options.
${EXIT_CODES}
Docs: ${pkg.homepage ?? 'docs/'}
`;
}

/** `keyward scan --help`: the command's usage and every option it takes, with short flags. */
export function commandHelp(command: CommandName): string {
  const spec = COMMAND_HELP[command];
  const options = optionsOf(command);
  const labels = options.map(label);
  const width = Math.max(...labels.map((text) => text.length));
  const rows = options.map((option, i) => `  ${labels[i]!.padEnd(width)}  ${option.help}`);
  const exit = command === 'init' || command === 'baseline' ? 'Exit codes: 0 done, 2 usage or tool error.' : EXIT_CODES;
  return `Usage: ${spec.usage}

${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.

Options:
${rows.join('\n')}

${exit}
Docs: ${pkg.homepage ?? 'docs/'} (docs/cli.md)
`;
}

/** `-f, --format FORMAT`, `    --baseline FILE`. */
function label(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}
