/** aws-local-stepfunctions calls Promise.withResolvers (Node 22+); without it every Task fails. */
declare global {
  interface PromiseConstructor {
    withResolvers<T>(): {
      promise: Promise<T>;
      resolve: (v: T | PromiseLike<T>) => void;
      reject: (e?: unknown) => void;
    };
  }
}

if (!Promise.withResolvers) {
  Promise.withResolvers = <T>() => {
    let resolve!: (v: T | PromiseLike<T>) => void;
    let reject!: (e?: unknown) => void;
    const promise = new Promise<T>((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
}

export {};
