/**
 * The `CustomFunctions` global as Excel's runtime provides it, for tests that
 * call the functions' adapters directly (the built-bundle test uses the same
 * stub inside a Node vm).
 */
import { installCustomFunctionsStub } from "../support/customFunctionsStub";

installCustomFunctionsStub(globalThis as unknown as Record<string, unknown>);
