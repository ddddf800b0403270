/**
 * Memoised walks over what the input links together (a service's dependencies and standbys), on
 * an explicit stack. The blueprint decides how long a dependsOn chain is; recursive walks
 * overflowed the call stack at a few thousand levels, so no walk here recurses.
 */

/**
 * Calls `finish(x)` for `root` and for everything it is built from that is not `done` yet, each
 * after its prerequisites. A prerequisite still in progress closes a cycle (the loader rejects
 * those, PB032); it is skipped, so `finish` finds it not done and a hand-built model cannot loop.
 */
export function postOrder<T>(root: T, done: (x: T) => boolean, prerequisites: (x: T) => Iterable<T>, finish: (x: T) => void): void {
  const open = new Set<T>();
  const stack: T[] = [root];
  while (stack.length > 0) {
    const x = stack[stack.length - 1] as T;
    if (done(x)) {
      stack.pop();
    } else if (!open.has(x)) {
      // First visit: everything pushed above it is finished before it is seen again.
      open.add(x);
      for (const p of prerequisites(x)) if (!done(p) && !open.has(p)) stack.push(p);
    } else {
      stack.pop();
      finish(x);
    }
  }
}
