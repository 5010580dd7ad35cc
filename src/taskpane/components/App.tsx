import { Title3, Body1 } from "@fluentui/react-components";

export function App() {
  return (
    <main>
      <Title3 as="h1">Scorecard for Excel</Title3>
      <Body1>Type =BSC. in a cell to use the KPI formulas.</Body1>
    </main>
  );
}
