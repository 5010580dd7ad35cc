/** Preview step: the overall score and rating, perspectives as a chart and a table, and the employees. */
import { scorecardName } from "../../scorecard/scorecards";
import {
  Dropdown,
  Field,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ScorecardPreview } from "../../scorecard/types";
import { useStrings } from "../i18n";
import { EmployeeTable } from "./EmployeeTable";
import { formatFixed, formatPercent } from "../../scorecard/numberText";
import { useNumbers } from "../i18n/numbers";
import { PerspectiveChart } from "./PerspectiveChart";
import { RatingBadge } from "./RatingBadge";

const useStyles = makeStyles({
  overall: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  score: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export function PreviewPanel(props: { preview: ScorecardPreview }) {
  const s = useStrings();
  const numbers = useNumbers();
  const styles = useStyles();
  const { employees } = props.preview;
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // A scorecard is an employee in a period: "PT NPS 2021" (scorecards.ts), the employee alone without periods.
  const employee = employees.find((e) => scorecardName(e) === chosen) ?? employees[0];
  if (!employee) return null;
  const several = employees.length > 1;

  return (
    <>
      {several && (
        <Field label={s.previewEmployeeSelect}>
          <Dropdown
            clearButton={{ "aria-label": s.dropdownClear }}
            value={scorecardName(employee)}
            selectedOptions={[scorecardName(employee)]}
            onOptionSelect={(_, data) => setChosen(data.optionValue)}
          >
            {employees.map((e) => (
              <Option key={scorecardName(e)} value={scorecardName(e)}>
                {scorecardName(e) || s.previewNoEmployee}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div className={styles.overall} role="group" aria-label={s.previewOverall}>
        <Text>{s.previewOverall}</Text>
        <span className={styles.score} data-testid="overall-score">
          {formatFixed(employee.overall, numbers)}
        </span>
        <RatingBadge rating={employee.rating} band={employee.band} />
      </div>
      <PerspectiveChart title={s.previewChartTitle} perspectives={employee.perspectives} />
      <Table size="extra-small" aria-label={s.previewPerspective}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.previewPerspective}</TableHeaderCell>
            <TableHeaderCell>{s.previewWeight}</TableHeaderCell>
            <TableHeaderCell>{s.previewFulfillment}</TableHeaderCell>
            <TableHeaderCell>{s.previewWeighted}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {employee.perspectives.map((p) => (
            <TableRow key={p.perspective}>
              <TableCell>{p.perspective}</TableCell>
              <TableCell className={styles.number}>{formatPercent(p.weight, numbers)}</TableCell>
              <TableCell className={styles.number}>{formatFixed(p.fulfillment, numbers)}</TableCell>
              <TableCell className={styles.number}>{formatFixed(p.weighted, numbers)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {several && (
        <>
          <Text as="h3" weight="semibold">
            {s.previewEmployeesHeading}
          </Text>
          <EmployeeTable employees={employees} />
        </>
      )}
    </>
  );
}
