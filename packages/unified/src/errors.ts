import { IspkitError } from '@ispkit/runtime';

/** The vendor has no operation that does what was asked: nothing was sent. */
export class NotSupportedError extends IspkitError {
  override name = 'NotSupportedError';
  constructor(
    readonly vendor: string,
    /** The capability (`registerPayment`) or the option of it (`findSubscriber by email`). */
    readonly capability: string,
    detail = '',
  ) {
    super(`${vendor} does not support ${capability}${detail ? `: ${detail}` : ''}`);
  }
}

/** The vendor answered 2xx without the object the capability returns (e.g. a drifted body in `warn` mode). */
export class UnexpectedAnswerError extends IspkitError {
  override name = 'UnexpectedAnswerError';
  constructor(
    readonly vendor: string,
    readonly operation: string,
  ) {
    super(`${vendor} ${operation} answered without the object it documents`);
  }
}
