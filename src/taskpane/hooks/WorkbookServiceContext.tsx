/**
 * The one way components reach the workbook: a `WorkbookService` in React
 * context. mount.tsx provides the Office implementation; tests and the
 * playground provide their own.
 */
import { createContext, ReactNode, useContext } from "react";
import type { WorkbookService } from "../../scorecard/workbookService";

const WorkbookServiceContext = createContext<WorkbookService | undefined>(undefined);

export function WorkbookServiceProvider(props: { service: WorkbookService; children: ReactNode }) {
  return (
    <WorkbookServiceContext.Provider value={props.service}>
      {props.children}
    </WorkbookServiceContext.Provider>
  );
}

export function useWorkbookService(): WorkbookService {
  const service = useContext(WorkbookServiceContext);
  if (!service) throw new Error("useWorkbookService needs a <WorkbookServiceProvider> above it.");
  return service;
}
