/**
 * The Name box (the selection's address; type an address or a name and press
 * Enter to go there) and the formula bar (the active cell's formula; type,
 * Enter commits through the host, Escape cancels).
 */
import { KeyboardEvent, RefObject, useEffect, useState } from "react";

export interface FormulaBarProps {
  readonly address: string;
  /** What the active cell holds (formula or constant). */
  readonly content: string;
  readonly draft?: string;
  readonly inputRef: RefObject<HTMLInputElement>;
  readonly onDraft: (text: string) => void;
  readonly onCommit: (dr: number, dc: number) => void;
  readonly onCancel: () => void;
  readonly onGoTo: (address: string) => boolean;
}

export function FormulaBar(p: FormulaBarProps) {
  const [nameText, setNameText] = useState<string | undefined>(undefined);
  useEffect(() => setNameText(undefined), [p.address]);

  const onNameKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" && nameText !== undefined) {
      e.preventDefault();
      if (p.onGoTo(nameText.trim())) setNameText(undefined);
    } else if (e.key === "Escape") {
      setNameText(undefined);
      p.onCancel();
    }
  };

  const onFormulaKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      p.onCommit(e.shiftKey ? -1 : 1, 0);
    } else if (e.key === "Tab") {
      e.preventDefault();
      p.onCommit(0, e.shiftKey ? -1 : 1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      p.onCancel();
    }
  };

  return (
    <div className="formula-bar">
      <input
        className="name-box"
        aria-label="Name box"
        value={nameText ?? p.address}
        onChange={(e) => setNameText(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={() => setNameText(undefined)}
        onKeyDown={onNameKey}
        spellCheck={false}
      />
      <span className="fx" aria-hidden>
        fx
      </span>
      <input
        ref={p.inputRef}
        className="formula-input"
        aria-label="Formula bar"
        value={p.draft ?? p.content}
        onChange={(e) => p.onDraft(e.target.value)}
        onKeyDown={onFormulaKey}
        spellCheck={false}
        autoComplete="off"
      />
    </div>
  );
}
