// Adds one command to a shell hook without breaking what is there: a command after a trailing `exit` never
// runs, and one after `exec` neither (exec replaces the shell), so it goes before them.

/** Whether a hook (or any script) already runs `keyward staged`, however it is called (npx, a path, node). */
export function runsKeywardStaged(script: string): boolean {
  return /\bkeyward(?:\.js)?["']?\s+staged\b/.test(script);
}

/**
 * The hook text with `command` added: as the whole file when there is none, else before a final `exit` or `exec`
 * line, else at the end. The file's line endings are kept.
 */
export function withCommand(current: string | undefined, command: string): string {
  if (current === undefined || current.trim() === '') return `${command}\n`;
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const lines = current.split(/(?<=\n)/);
  const last = lines.findLastIndex((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  if (last >= 0 && /^\s*(?:exit|exec)\b/.test(lines[last]!)) {
    lines.splice(last, 0, `${indentOf(lines[last]!)}${command}${eol}`);
    return lines.join('');
  }
  return `${current}${current.endsWith('\n') ? '' : eol}${command}${eol}`;
}

function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}
