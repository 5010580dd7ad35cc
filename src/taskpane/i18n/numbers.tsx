/**
 * The workbook's number locale for everything the pane shows: asked of the
 * workbook once, and until it answers (or where it cannot) the one the pane's
 * language implies. Words follow the pane's language; numbers follow the
 * workbook, as Excel's own cells do.
 */
import { createContext, ReactNode, useContext, useEffect, useState } from "react";
import type { Language } from "../../core/language";
import { LANGUAGE_NUMBERS, NumberLocale } from "../../scorecard/numberText";
import { useWorkbookService } from "../hooks/WorkbookServiceContext";

const NumbersContext = createContext<NumberLocale>(LANGUAGE_NUMBERS.en);

export function NumbersProvider(props: { language: Language; children: ReactNode }) {
  const service = useWorkbookService();
  const [workbook, setWorkbook] = useState<NumberLocale>();
  useEffect(() => {
    let live = true;
    service.numberLocale().then(
      (numbers) => live && setWorkbook(numbers),
      () => undefined // keep the language's numbers
    );
    return () => {
      live = false;
    };
  }, [service]);
  return (
    <NumbersContext.Provider value={workbook ?? LANGUAGE_NUMBERS[props.language]}>
      {props.children}
    </NumbersContext.Provider>
  );
}

/** How the pane writes numbers: the workbook's locale and separators. */
export function useNumbers(): NumberLocale {
  return useContext(NumbersContext);
}
