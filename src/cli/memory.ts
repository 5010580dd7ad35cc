/**
 * A full garbage collection on request, for the one moment a build lets go of
 * most of its memory (the input workbook's rows, once copied into the output):
 * V8 collects its old generation late, and the plans made next would stack on
 * the dead rows. Node gives `gc` only with --expose-gc; setting the flag at run
 * time and taking the function from a new context is the documented way round
 * (v8.setFlagsFromString). Nothing happens where it is not available.
 */
import * as v8 from "v8";
import * as vm from "vm";

let gc: (() => void) | undefined | null;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      gc = vm.runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
