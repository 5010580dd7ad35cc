/**
 * Source step: lists the workbook's sources, reads one into a `SourceTable`,
 * and inserts the input templates. Later requests win over earlier ones.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { SourceTable } from "../../scorecard/types";
import { useLanguage } from "../i18n";
import type { SourceChoice } from "../../scorecard/workbookService";
import { useWorkbookService } from "./WorkbookServiceContext";

export type SourcesStatus = "idle" | "loading" | "error";

export interface SourcesState {
  readonly choices: readonly SourceChoice[];
  /** Key (`choiceKey`) of the chosen source, "" when none. */
  readonly selectedKey: string;
  readonly source?: SourceTable;
  readonly status: SourcesStatus;
  /** What the last request failed with: rendered in the pane's language when shown. */
  readonly error?: unknown;
  /** Name of the sheet a template was inserted into, to announce it. */
  readonly insertedSheet?: string;
  /** Reads the user asked for that have finished (read, selection, Refresh, template): moves the focus. */
  readonly completed: number;
}

export const SELECTION_CHOICE: SourceChoice = { kind: "selection", id: "" };

export function choiceKey(choice: SourceChoice): string {
  return `${choice.kind}:${choice.id}`;
}

/** The source a template created: the one new in the list, else one named like its sheet. */
function newChoice(before: readonly SourceChoice[], after: readonly SourceChoice[], sheet: string) {
  const known = new Set(before.map(choiceKey));
  const added = after.filter((c) => c.kind !== "selection" && !known.has(choiceKey(c)));
  if (added.length === 1) return added[0];
  const lower = sheet.toLowerCase();
  return (
    added.find((c) => c.id.toLowerCase().includes(lower)) ??
    after.find((c) => c.kind !== "selection" && c.id.toLowerCase().includes(lower)) ??
    added[0]
  );
}

export function useSources() {
  const service = useWorkbookService();
  const [language] = useLanguage();
  const [state, setState] = useState<SourcesState>({
    choices: [],
    selectedKey: "",
    status: "idle",
    completed: 0,
  });
  const request = useRef(0);
  const choicesRef = useRef<readonly SourceChoice[]>([]);
  const selectedKeyRef = useRef("");
  selectedKeyRef.current = state.selectedKey;

  const sourceRef = useRef<SourceTable | undefined>(undefined);
  sourceRef.current = state.source;

  /** Runs a request; `asked`: the user asked for it (counted in `completed`). */
  const run = useCallback(
    async (work: (id: number) => Promise<Partial<SourcesState> | undefined>, asked = true) => {
      const id = ++request.current;
      const done = asked ? 1 : 0;
      setState((s) => ({ ...s, status: "loading", error: undefined, insertedSheet: undefined }));
      try {
        const patch = await work(id);
        if (id === request.current)
          setState((s) => ({ ...s, ...patch, status: "idle", completed: s.completed + done }));
      } catch (error) {
        if (id === request.current)
          setState((s) => ({ ...s, status: "error", error, completed: s.completed + done }));
      }
    },
    []
  );

  const list = useCallback(async () => {
    const choices = await service.listSources();
    choicesRef.current = choices;
    return choices;
  }, [service]);

  /**
   * Lists the sources again and re-reads the chosen source (the user may have
   * fixed its data): a table or name by its name, a selection read before by
   * its address (the user has since selected the cell they fixed).
   */
  const refresh = useCallback(
    () =>
      run(async () => {
        const choices = await list();
        const key = selectedKeyRef.current;
        const chosen = choices.find((c) => c.kind !== "selection" && choiceKey(c) === key);
        if (chosen) return { choices, source: await service.readSource(chosen) };
        const read = sourceRef.current?.label;
        if (key === choiceKey(SELECTION_CHOICE) && read?.kind === "range")
          return { choices, source: await service.readSource({ kind: "range", id: read.address }) };
        return { choices };
      }),
    [run, list, service]
  );

  const read = useCallback(
    (choice: SourceChoice) =>
      run(async () => {
        setState((s) => ({ ...s, selectedKey: choiceKey(choice) }));
        return { source: await service.readSource(choice), selectedKey: choiceKey(choice) };
      }),
    [run, service]
  );

  const readSelection = useCallback(() => {
    const selection = choicesRef.current.find((c) => c.kind === "selection") ?? SELECTION_CHOICE;
    return read(selection);
  }, [read]);

  const insertTemplate = useCallback(
    (kind: "empty" | "example") =>
      run(async () => {
        const before = choicesRef.current;
        const sheet = await service.insertTemplate(kind, language);
        const choices = await list();
        const choice = newChoice(before, choices, sheet) ?? SELECTION_CHOICE;
        const source = await service.readSource(choice);
        return { choices, source, selectedKey: choiceKey(choice), insertedSheet: sheet };
      }),
    [run, list, service, language]
  );

  // First listing; a workbook with exactly one table or name is read at once.
  useEffect(() => {
    void run(async () => {
      const choices = await list();
      const candidates = choices.filter((c) => c.kind !== "selection");
      if (candidates.length !== 1) return { choices };
      return {
        choices,
        source: await service.readSource(candidates[0]),
        selectedKey: choiceKey(candidates[0]),
      };
    }, false);
  }, [run, list, service]);

  return { ...state, refresh, read, readSelection, insertTemplate };
}
