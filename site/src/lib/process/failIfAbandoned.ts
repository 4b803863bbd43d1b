/**
 * `promise`, rejected with `message` if Node runs out of work while it is still pending. A child process that dies
 * without telling its parent (Pagefind's Node API listens for errors, not for exits) leaves its callers' promises
 * pending for ever; with nothing left to wait for, Node would then exit 0 from a build that never finished. The
 * rejection turns that into an error the build reports.
 */
export function failIfAbandoned<T>(promise: Promise<T>, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abandoned = () => reject(new Error(message))
    process.once('beforeExit', abandoned)
    promise.then(resolve, reject).finally(() => process.off('beforeExit', abandoned))
  })
}
