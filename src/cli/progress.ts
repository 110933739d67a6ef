// A line on the terminal when each vendor is asked and when it has answered, so that a slow vendor
// shows which one it is. Only on a terminal: a pipe or a cron mail gets the result alone.
import type { CreditVendor } from '../balances/credit-balance.js';
import type { CreditBalanceReport } from '../balances/read-credit-balances.js';
import type { Output } from './terminal.js';

export interface Progress {
  /** `host` is that of a base URL given in the configuration (the vendor's own is the library's business). */
  asking(vendor: CreditVendor, host: string | undefined): void;
  answered(vendor: CreditVendor, report: CreditBalanceReport, milliseconds: number): void;
}

export function progressOn(output: Output): Progress {
  if (!output.interactive) return { asking: () => undefined, answered: () => undefined };
  const { style } = output;
  return {
    asking: (vendor, host) => output.write(`${style.dim(`${vendor}: asking${host ? ` ${host}` : ''} …`)}\n`),
    answered: (vendor, report, milliseconds) => {
      const time = style.dim(`in ${Math.round(milliseconds)} ms`);
      const { balances, failures } = report;
      const read = style.green(`${balances.length} ${balances.length === 1 ? 'balance' : 'balances'}`);
      // A vendor read in part (some Nue customers failed) says both.
      if (failures.length === 0) output.write(`${vendor}: ${read} ${time}\n`);
      else if (balances.length === 0) output.write(`${vendor}: ${style.red('failed')} ${time}\n`);
      else output.write(`${vendor}: ${read}, ${style.red(`${failures.length} failed`)} ${time}\n`);
    },
  };
}
