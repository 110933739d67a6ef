// XOVI's documented credit state (the JSON example of `getCreditstate`, spec/xovi) in its success
// envelope: the one answer the XOVI fakes and the benchmark server send. Plain data, no test API.

export const CREDIT_STATE = {
  creditamount: 1000,
  additionalCreditamount: 5000,
  bookedCreditamount: 1000,
  refillintervall: 4,
  lastrefill: '2013-03-08 15:00:00',
  creditsleft: 5280,
  creditsused: 720,
};

export const CREDIT_STATE_ANSWER = { apiErrorCode: 0, apiErrorMessage: '0k.', apiResult: CREDIT_STATE };
