/** Several employees: overall score, rating and CSS/GCR, sortable by name or score. */
import { scorecardName } from "../../scorecard/scorecards";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { EmployeePreview } from "../../scorecard/types";
import { useLanguage, useStrings } from "../i18n";
import { formatFixed } from "../../scorecard/numberText";
import { useNumbers } from "../i18n/numbers";
import { RatingBadge } from "./RatingBadge";

type SortColumn = "employee" | "overall";
type Direction = "ascending" | "descending";

const useStyles = makeStyles({
  // Columns sized by their content: fixed equal widths let a rating badge ("Cukup Baik") run over the CSS column.
  table: { tableLayout: "auto" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export function sortEmployees(
  employees: readonly EmployeePreview[],
  column: SortColumn,
  direction: Direction,
  locale: string
): EmployeePreview[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...employees].sort((a, b) =>
    column === "employee"
      ? sign * a.employee.localeCompare(b.employee, locale, { sensitivity: "base", numeric: true })
      : sign * (a.overall - b.overall)
  );
}

export function EmployeeTable(props: { employees: readonly EmployeePreview[] }) {
  const s = useStrings();
  const [language] = useLanguage();
  const numbers = useNumbers();
  const styles = useStyles();
  const [sort, setSort] = useState<{ column: SortColumn; direction: Direction }>({
    column: "overall",
    direction: "descending",
  });
  const rows = useMemo(
    () => sortEmployees(props.employees, sort.column, sort.direction, language),
    [props.employees, sort, language]
  );
  const hasCss = props.employees.some((e) => e.css !== undefined);
  const hasGcr = props.employees.some((e) => e.gcrEligible !== undefined);

  const header = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    return (
      <TableHeaderCell
        sortable
        sortDirection={active ? sort.direction : undefined}
        onClick={() =>
          setSort({
            column,
            direction: active && sort.direction === "ascending" ? "descending" : "ascending",
          })
        }
      >
        {label}
      </TableHeaderCell>
    );
  };

  return (
    <Table size="small" className={styles.table} aria-label={s.previewEmployeesHeading}>
      <TableHeader>
        <TableRow>
          {header("employee", s.previewEmployee)}
          {header("overall", s.previewOverall)}
          <TableHeaderCell>{s.previewRating}</TableHeaderCell>
          {hasCss && <TableHeaderCell>{s.previewCss}</TableHeaderCell>}
          {hasGcr && <TableHeaderCell>{s.previewGcr}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((e) => (
          <TableRow key={scorecardName(e)}>
            <TableCell>{scorecardName(e)}</TableCell>
            <TableCell className={styles.number}>{formatFixed(e.overall, numbers)}</TableCell>
            <TableCell>
              <RatingBadge rating={e.rating} band={e.band} />
            </TableCell>
            {hasCss && (
              <TableCell className={styles.number}>
                {e.css === undefined ? "—" : formatFixed(e.css, numbers)}
              </TableCell>
            )}
            {hasGcr && (
              <TableCell>
                {e.gcrEligible === undefined
                  ? "—"
                  : e.gcrEligible
                    ? s.previewGcrYes
                    : s.previewGcrNo}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
