// What the command may do on each stream: colour only on a terminal that has colours (Node's
// hasColors() reads TERM, FORCE_COLOR, NODE_DISABLE_COLORS and NO_COLOR; NO_COLOR is checked here
// too, whatever the Node version), progress only when stderr is a terminal, so that a pipe or a
// cron mail gets the result alone. Everything written passes the mask of the credentials read.
import type { Redactor } from '../core/redaction/redactor.js';

/** The part of a process stream the command uses (tty.WriteStream adds isTTY and hasColors). */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  hasColors?: () => boolean;
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

export interface Output {
  /** Writes the text with every known credential masked. */
  write(text: string): void;
  style: Style;
  /** A terminal, where progress lines belong. */
  interactive: boolean;
}

export function outputTo(stream: OutputStream, env: Record<string, string | undefined>, redactor: Redactor): Output {
  const interactive = stream.isTTY === true;
  const colour = interactive && !env.NO_COLOR && stream.hasColors?.() === true;
  const sgr = (open: number, close: number) => (text: string) => (colour ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    write: (text) => void stream.write(redactor.text(text)),
    style: { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39) },
    interactive,
  };
}
