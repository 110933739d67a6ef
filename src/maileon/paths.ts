// The Maileon Partner API paths of the prepaid operations (spec/maileon), named once for the
// client, its helpers and its errors.
export const PREPAID_STATUS_PATH = '/partner/settings/prepaids/status';
export const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';
export const CONTINGENT_PATH = '/partner/settings/prepaids/contingents/contingent/{cid}';
