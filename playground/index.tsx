/** Playground entry (placeholder until the simulated workbook lands). */
const root = document.getElementById("playground");
if (root) root.textContent = "Scorecard for Excel playground";
