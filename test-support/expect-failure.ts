import { expect } from "vitest";

/**
 * Awaits a promise that must reject with an error of the given class and returns that error,
 * so a test can go on to check its code and message.
 */
export async function expectFailure<E>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}
