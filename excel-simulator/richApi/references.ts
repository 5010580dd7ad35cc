/**
 * Objects the server keeps alive between requests under a reference id: what
 * `_KeepReference` asks for (Excel.run does it for every Range it creates, and
 * `context.trackedObjects.add` does it explicitly), so the client can use the
 * object in a later sync through an object path of type "ReferenceId".
 * `_RemoveReference` (sent by Excel.run's clean-up request, or by
 * `trackedObjects.remove`) forgets it; using it afterwards is an error.
 */
import { ErrorCode, hostError } from "../errors";
import type { Resolved } from "./paths";

export class References {
  private readonly kept = new Map<string, Resolved>();
  private counter = 0;

  /** Keeps `object` alive; returns its reference id. */
  keep(object: Resolved): string {
    const id = `{bsc-ref-${++this.counter}}`;
    this.kept.set(id, object);
    return id;
  }

  get(id: string): Resolved {
    const object = this.kept.get(id);
    if (!object)
      throw hostError(
        ErrorCode.invalidObjectPath,
        `The object with reference id '${id}' is no longer kept (it was removed or never existed).`
      );
    return object;
  }

  remove(id: string): void {
    this.kept.delete(id);
  }

  /** How many objects are kept: Excel.run's clean-up brings it back to what it was. */
  get size(): number {
    return this.kept.size;
  }
}
