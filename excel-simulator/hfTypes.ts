/**
 * The few HyperFormula plugin types the package entry does not export (its AST
 * and interpreter state), described as far as the plugins here use them.
 * Values of these types are passed back to HyperFormula unchanged (`as never`).
 */
export interface AstNode {
  readonly type: string;
  readonly value?: unknown;
}

export interface ProcedureAst {
  readonly procedureName: string;
  readonly args: AstNode[];
}

/** HyperFormula's InterpreterState: opaque here. */
export type InterpreterState = object;
