import { screen } from "@testing-library/react";
import { SERVICE_MONTHLY } from "../../src/examples/seed003";
import {
  createFakeService,
  SEED_HEADERS,
  seedRows,
  sourceTable,
  TABLE_CHOICE,
} from "./fakeService";
import { buildButton, choose, renderPane, sourceRead } from "./renderPane";

const SERVED = "'Monthly'!B2:M2";
const TARGET = "'Monthly'!B3:M3";

/** Seed 003 without the actual of "Service effectiveness" (row 4 of sheet Data): it comes from monthly data. */
function serviceFromMonths(extra: Parameters<typeof createFakeService>[0] = {}) {
  const rows = seedRows();
  rows[2][6] = null;
  return createFakeService({
    sources: [{ choice: TABLE_CHOICE, table: sourceTable(SEED_HEADERS, rows) }],
    ranges: {
      [SERVED]: [SERVICE_MONTHLY.map(([n]) => n)],
      [TARGET]: SERVICE_MONTHLY.map(([, d]) => [d]), // a column works as well as a row
    },
    ...extra,
  });
}

/** Types into a field as a paste: one change instead of one render per character. */
async function fill(user: ReturnType<typeof renderPane>["user"], name: RegExp, text: string) {
  await user.click(screen.getByRole("textbox", { name }));
  await user.paste(text);
}

async function openAdvanced(user: ReturnType<typeof renderPane>["user"]) {
  await user.click(screen.getByRole("button", { name: "Actual from monthly data (advanced)" }));
}

describe("actual from period data", () => {
  test("reads the numerator and denominator ranges and computes the actual", async () => {
    const service = serviceFromMonths();
    const { user } = renderPane({ service });
    await sourceRead();
    expect(screen.getByText(/Actual in 'Data'!G4 is blank/)).toBeInTheDocument();
    expect(buildButton()).toHaveAttribute("aria-disabled", "true");

    await openAdvanced(user);
    await choose(user, "KPI row", "Row 4: Service effectiveness");
    await fill(user, /^Numerator range/, SERVED);
    await choose(user, "Aggregation", "Ratio of sums");
    await fill(user, /^Denominator range/, TARGET);
    await user.click(screen.getByRole("button", { name: "Apply to row" }));

    expect(
      await screen.findByText(/Row 4 \(Service effectiveness\): Ratio of sums of 'Monthly'!B2:M2/)
    ).toBeInTheDocument();
    expect(service.readValues).toHaveBeenCalledWith(SERVED);
    expect(service.readValues).toHaveBeenCalledWith(TARGET);
    expect(screen.queryByText(/is blank/)).not.toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Overall score" })).toHaveTextContent("57.85");
    expect(buildButton()).not.toHaveAttribute("aria-disabled", "true");

    await user.click(screen.getByRole("button", { name: "Remove period data of row 4" }));
    expect(screen.getByText(/Actual in 'Data'!G4 is blank/)).toBeInTheDocument();
  });

  test("the ratio aggregations need a denominator; the others do not", async () => {
    const { user } = renderPane({ service: serviceFromMonths() });
    await sourceRead();
    await openAdvanced(user);
    await choose(user, "KPI row", "Row 4: Service effectiveness");
    await fill(user, /^Numerator range/, SERVED);
    expect(screen.getByText("This aggregation needs a denominator range.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply to row" })).toBeDisabled();
    await choose(user, "Aggregation", "Sum");
    expect(screen.queryByRole("textbox", { name: /^Denominator range/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply to row" })).toBeEnabled();
  });

  test("'Use selection' fills an address from the workbook's selection", async () => {
    const selection = sourceTable(
      SERVICE_MONTHLY.map(([n]) => String(n)),
      [],
      {
        sheetName: "Monthly",
        top: 1,
        left: 1,
        label: { kind: "range", address: "'Monthly'!B2:M2" },
      }
    );
    const { user } = renderPane({ service: serviceFromMonths({ selection }) });
    await sourceRead();
    await openAdvanced(user);
    await user.click(screen.getByRole("button", { name: "Use selection for Numerator range" }));
    expect(await screen.findByRole("textbox", { name: /^Numerator range/ })).toHaveValue(SERVED);
  });

  test("a range that cannot be read is reported", async () => {
    const { user } = renderPane({ service: serviceFromMonths() });
    await sourceRead();
    await openAdvanced(user);
    await choose(user, "KPI row", "Row 4: Service effectiveness");
    await choose(user, "Aggregation", "Mean");
    await fill(user, /^Numerator range/, "'Nowhere'!A1:A3");
    await user.click(screen.getByRole("button", { name: "Apply to row" }));
    expect(
      await screen.findByText(
        "Could not read the ranges: Excel refused the request (ItemNotFound): “The requested resource doesn't exist.”"
      )
    ).toBeInTheDocument();
  });
});
