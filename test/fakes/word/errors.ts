/**
 * Errors shaped like office-js's `OfficeExtension.Error`: a `code` from Word's error codes, a message and
 * `debugInfo`. The adapter only sees these fields, never the class, so it cannot tell the fake from Word.
 */
export class FakeWordError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

export function propertyNotLoaded(objectName: string, property: string): FakeWordError {
  return new FakeWordError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}

export function itemNotFound(what: string): FakeWordError {
  return new FakeWordError("ItemNotFound", `The requested resource doesn't exist. (${what})`, what);
}

export function accessDenied(what: string, reason = "The document is read-only."): FakeWordError {
  return new FakeWordError("AccessDenied", `You cannot perform the requested operation. ${reason}`, what);
}

export function invalidArgument(what: string, detail: string): FakeWordError {
  return new FakeWordError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. ${detail}`,
    what,
  );
}

export function apiNotFound(what: string, version: string): FakeWordError {
  return new FakeWordError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Word (WordApi ${version}).`,
    what,
  );
}

export function generalException(what: string, detail: string): FakeWordError {
  return new FakeWordError("GeneralException", `An internal error has occurred. ${detail}`, what);
}

export function invalidObjectPath(what: string): FakeWordError {
  return new FakeWordError(
    "InvalidObjectPath",
    "The object path isn't working for what you're trying to do. The object was created in another Word.run batch.",
    what,
  );
}
