// Clients log through one optional callback; every URL in an entry is already redacted.

export interface LogEntry {
  level: 'debug' | 'warn';
  message: string;
  method: string;
  url: string;
  attempt: number;
  status?: number;
  delayMs?: number;
}

export type Logger = (entry: LogEntry) => void;
