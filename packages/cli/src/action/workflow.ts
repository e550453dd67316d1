import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

// GitHub's workflow-command and file-command formats. Every field that can hold text from the checkout (file
// names, messages, titles) is escaped, so a file name cannot end a command and start another one.

type Env = Readonly<Record<string, string | undefined>>;

/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`file=`, `title=`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=a.ts,line=1::message`, every property and the message escaped. */
export function workflowCommand(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? value : escapeProperty(value)}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Sets a step output through `$GITHUB_OUTPUT`, in the delimited form so no value can add another output. */
export function setOutput(env: Env, name: string, value: string | number): void {
  const text = String(value);
  if (!env['GITHUB_OUTPUT']) {
    process.stdout.write(`${name}=${escapeData(text)}\n`);
    return;
  }
  let delimiter = `keyward_${randomBytes(12).toString('hex')}`;
  while (text.includes(delimiter)) delimiter = `keyward_${randomBytes(12).toString('hex')}`;
  appendFileSync(env['GITHUB_OUTPUT'], `${name}<<${delimiter}\n${text}\n${delimiter}\n`);
}

/** Appends Markdown to the job summary (`$GITHUB_STEP_SUMMARY`), when there is one. */
export function appendSummary(env: Env, markdown: string): void {
  if (env['GITHUB_STEP_SUMMARY']) appendFileSync(env['GITHUB_STEP_SUMMARY'], markdown);
}
