// The labels of a credit series: vendor, account, name and kind. `account` is the account's id,
// never its name (`accountName`: a Nue customer's name may be a person's, and a renamed customer
// would start a new series); `name` is the vendor's name of the pool, contingent or quota. A label lives as long as Prometheus keeps the series and is copied into
// every alert, so each value passes the command's mask of the credentials read (in every encoding
// it knows), and e-mail addresses are masked too: an account or a contingent named after a person
// is most often named by an address. Balances whose labels would be the same get a number after
// the name, since Prometheus keeps only one of two samples of the same series.
import type { CreditBalance } from '../balances/credit-balance.js';
import { REDACTED, type Redactor } from '../core/redaction/redactor.js';

export interface CreditLabels {
  vendor: string;
  account: string;
  /** Empty where the vendor has a single balance (XOVI): Prometheus treats an empty label as absent. */
  name: string;
  kind: string;
}

const EMAIL_ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[A-Za-z]{2,}/g;

/** Each balance with its labels, in the same order, no two label sets the same. */
export function creditSeries(balances: readonly CreditBalance[], redactor: Redactor): Array<{ labels: CreditLabels; balance: CreditBalance }> {
  const taken = new Set<string>();
  return balances.map((balance) => {
    const labels = { vendor: balance.vendor, account: masked(balance.account, redactor), name: masked(balance.name ?? '', redactor), kind: balance.kind };
    let unique = labels;
    for (let number = 2; taken.has(JSON.stringify(unique)); number++) unique = { ...labels, name: `${labels.name} (${number})` };
    taken.add(JSON.stringify(unique));
    return { labels: unique, balance };
  });
}

function masked(value: string, redactor: Redactor): string {
  return redactor.text(value).replace(EMAIL_ADDRESS, REDACTED);
}
