/**
 * The custom functions of the BSC namespace. This file is the single source of
 * the functions' metadata: CustomFunctionsMetadataPlugin reads the JSDoc below to
 * generate functions.json and appends the CustomFunctions.associate calls, so
 * every function is declared here and nowhere else, and each body is one call:
 * the runner (runner.ts) reads the arguments as the function's table says
 * (library.ts) and calls its body.
 *
 * Every argument that can be a range accepts one. Every function returns a 2D
 * array: Excel spills it, and a 1x1 array shows as a single value. Errors are
 * returned as values (CustomFunctions.Error), never thrown.
 */
import { FUNCTIONS as F } from "./library";
import { run } from "./runner";

/**
 * Balanced Scorecard score: the sum of score × kpiWeight × perspectiveWeight over the KPI rows. One KPI gives its score; a table gives the overall score.
 * @customfunction BSC_SCORE
 * @helpurl https://localhost:3000/docs/functions.html#bsc_score
 * @param actual Actual value of each KPI (a cell or a column, one row per KPI).
 * @param valueAt50 Value that scores 50: the worst acceptable result ("Nilai 50").
 * @param valueAt100 Value that scores 100: the target ("Nilai 100"). Below valueAt50 for lower-is-better KPIs.
 * @param [kpiWeight] Weight of each KPI inside its perspective, as a fraction (35% or 0.35). Omitted: equal weights inside each perspective (the KPIs that share a perspectiveWeight).
 * @param [perspectiveWeight] Weight of each KPI's perspective, as a fraction. Omitted: 1.
 * @returns The weighted score (100 = every target met).
 */
export function bscScore(
  actual: any[][],
  valueAt50: any[][],
  valueAt100: any[][],
  kpiWeight?: any[][],
  perspectiveWeight?: any[][]
): any[][] {
  return run(F.BSC_SCORE, [actual, valueAt50, valueAt100, kpiWeight, perspectiveWeight]);
}

/**
 * Score of each KPI on the 50/100 line, one result per row: 50 + 50 × (actual - valueAt50) / (valueAt100 - valueAt50).
 * @customfunction KPI_SCORE
 * @helpurl https://localhost:3000/docs/functions.html#kpi_score
 * @param actual Actual value of each KPI.
 * @param valueAt50 Value that scores 50.
 * @param valueAt100 Value that scores 100.
 * @param [floor] Lowest score to report (for example 0). Omitted: no floor.
 * @param [cap] Highest score to report (for example 120). Omitted: no cap.
 * @returns The score of each KPI.
 */
export function kpiScore(
  actual: any[][],
  valueAt50: any[][],
  valueAt100: any[][],
  floor?: any[][],
  cap?: any[][]
): any[][] {
  return run(F.KPI_SCORE, [actual, valueAt50, valueAt100, floor, cap]);
}

/**
 * The actual a KPI needs to reach a target score: the inverse of KPI_SCORE (what must retention be for 100?).
 * @customfunction REQUIRED_ACTUAL
 * @helpurl https://localhost:3000/docs/functions.html#required_actual
 * @param targetScore Score to reach (100 = the target).
 * @param valueAt50 Value that scores 50.
 * @param valueAt100 Value that scores 100.
 * @returns The actual that gives the target score.
 */
export function requiredActual(
  targetScore: any[][],
  valueAt50: any[][],
  valueAt100: any[][]
): any[][] {
  return run(F.REQUIRED_ACTUAL, [targetScore, valueAt50, valueAt100]);
}

/**
 * Return on assets: net profit / total assets, as a fraction (format as %).
 * @customfunction ROA
 * @helpurl https://localhost:3000/docs/functions.html#roa
 * @param netProfit Net profit (earnings after tax) for the period.
 * @param totalAssets Total assets at the end of the period.
 * @param [openingAssets] Total assets at the start of the period: the base becomes the average of opening and closing assets.
 * @returns ROA as a fraction (0.1127 = 11.27%).
 */
export function roa(netProfit: any[][], totalAssets: any[][], openingAssets?: any[][]): any[][] {
  return run(F.ROA, [netProfit, totalAssets, openingAssets]);
}

/**
 * Return on equity: net profit / total equity, as a fraction.
 * @customfunction ROE
 * @helpurl https://localhost:3000/docs/functions.html#roe
 * @param netProfit Net profit for the period.
 * @param totalEquity Total shareholders' equity.
 * @returns ROE as a fraction.
 */
export function roe(netProfit: any[][], totalEquity: any[][]): any[][] {
  return run(F.ROE, [netProfit, totalEquity]);
}

/**
 * Return on investment: the return / the funds invested in it, as a fraction (seed 000: investment income / invested funds).
 * @customfunction ROI
 * @helpurl https://localhost:3000/docs/functions.html#roi
 * @param netProfit The return: net profit, or the income from the investment (seed 000: investment income).
 * @param totalAssets The investment base: the funds invested (seed 000), or total assets as seed 001 defines it.
 * @returns ROI as a fraction.
 */
export function roi(netProfit: any[][], totalAssets: any[][]): any[][] {
  return run(F.ROI, [netProfit, totalAssets]);
}

/**
 * Net profit margin: net profit / net sales, as a fraction.
 * @customfunction NPM
 * @helpurl https://localhost:3000/docs/functions.html#npm
 * @param netProfit Net profit for the period.
 * @param netSales Net sales (revenue) for the period.
 * @returns NPM as a fraction.
 */
export function npm(netProfit: any[][], netSales: any[][]): any[][] {
  return run(F.NPM, [netProfit, netSales]);
}

/**
 * Customer acquisition: new customers / total customers, as a fraction.
 * @customfunction ACQUISITION
 * @helpurl https://localhost:3000/docs/functions.html#acquisition
 * @param newCustomers Customers gained in the period.
 * @param totalCustomers All customers in the period.
 * @returns Acquisition as a fraction.
 */
export function acquisition(newCustomers: any[][], totalCustomers: any[][]): any[][] {
  return run(F.ACQUISITION, [newCustomers, totalCustomers]);
}

/**
 * Customer retention: retained (existing) customers / total customers, as a fraction.
 * @customfunction RETENTION
 * @helpurl https://localhost:3000/docs/functions.html#retention
 * @param retainedCustomers Existing customers kept in the period.
 * @param totalCustomers All customers in the period.
 * @returns Retention as a fraction.
 */
export function retention(retainedCustomers: any[][], totalCustomers: any[][]): any[][] {
  return run(F.RETENTION, [retainedCustomers, totalCustomers]);
}

/**
 * Churn: lost (inactive) customers / base (active) customers, as a fraction.
 * @customfunction CHURN
 * @helpurl https://localhost:3000/docs/functions.html#churn
 * @param lostCustomers Customers lost or inactive in the period.
 * @param baseCustomers Active customers (the base).
 * @returns Churn as a fraction.
 */
export function churn(lostCustomers: any[][], baseCustomers: any[][]): any[][] {
  return run(F.CHURN, [lostCustomers, baseCustomers]);
}

/**
 * Service level: requests that met the agreed level / all requests, as a fraction.
 * @customfunction SLA
 * @helpurl https://localhost:3000/docs/functions.html#sla
 * @param met Requests handled within the service level.
 * @param total All requests.
 * @returns SLA as a fraction.
 */
export function sla(met: any[][], total: any[][]): any[][] {
  return run(F.SLA, [met, total]);
}

/**
 * Innovation: new products (or product types) / all products, as a fraction.
 * @customfunction INNOVATION
 * @helpurl https://localhost:3000/docs/functions.html#innovation
 * @param newProducts New products or product types.
 * @param totalProducts All products or product types.
 * @returns Innovation as a fraction.
 */
export function innovation(newProducts: any[][], totalProducts: any[][]): any[][] {
  return run(F.INNOVATION, [newProducts, totalProducts]);
}

/**
 * Productivity: output (revenue) per employee.
 * @customfunction PRODUCTIVITY
 * @helpurl https://localhost:3000/docs/functions.html#productivity
 * @param output Output or revenue for the period.
 * @param employees Number of employees.
 * @returns Output per employee.
 */
export function productivity(output: any[][], employees: any[][]): any[][] {
  return run(F.PRODUCTIVITY, [output, employees]);
}

/**
 * Employee turnover: leavers / headcount, as a fraction.
 * @customfunction TURNOVER
 * @helpurl https://localhost:3000/docs/functions.html#turnover
 * @param leavers Employees who left in the period.
 * @param headcount Headcount (at the start of the period when headcountEnd is given).
 * @param [headcountEnd] Headcount at the end of the period: the base becomes the average headcount.
 * @returns Turnover as a fraction.
 */
export function turnover(leavers: any[][], headcount: any[][], headcountEnd?: any[][]): any[][] {
  return run(F.TURNOVER, [leavers, headcount, headcountEnd]);
}

/**
 * Growth: (current - previous) / |previous|, as a fraction.
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/docs/functions.html#growth
 * @param current Value for the current period.
 * @param previous Value for the previous period.
 * @returns Growth as a fraction (0.0754 = 7.54%).
 */
export function growth(current: any[][], previous: any[][]): any[][] {
  return run(F.GROWTH, [current, previous]);
}

/**
 * Absenteeism: lost days / (days worked + days not worked), as a fraction.
 * @customfunction ABSENTEEISM
 * @helpurl https://localhost:3000/docs/functions.html#absenteeism
 * @param lostDays Working days lost to absence.
 * @param daysWorked Days worked.
 * @param daysNotWorked Days not worked.
 * @returns Absenteeism as a fraction.
 */
export function absenteeism(
  lostDays: any[][],
  daysWorked: any[][],
  daysNotWorked: any[][]
): any[][] {
  return run(F.ABSENTEEISM, [lostDays, daysWorked, daysNotWorked]);
}

/**
 * Net Promoter Score from 0-10 answers: % promoters (9-10) - % detractors (0-6), from -100 to 100.
 * @customfunction NPS
 * @helpurl https://localhost:3000/docs/functions.html#nps
 * @param responses The survey answers, whole numbers from 0 to 10 (blank cells are skipped).
 * @returns The NPS, from -100 to 100.
 */
export function nps(responses: any[][]): any[][] {
  return run(F.NPS, [responses]);
}

/**
 * Customer Satisfaction Index: importance-weighted mean satisfaction / scale maximum, as a fraction.
 * @customfunction CSI
 * @helpurl https://localhost:3000/docs/functions.html#csi
 * @param satisfaction Mean satisfaction score of each attribute.
 * @param importance Mean importance score of each attribute.
 * @param [scaleMax] Highest point of the answer scale. Omitted: 5.
 * @returns CSI as a fraction (0.8409 = 84.09%).
 */
export function csi(satisfaction: any[][], importance: any[][], scaleMax?: any[][]): any[][] {
  return run(F.CSI, [satisfaction, importance, scaleMax]);
}

/**
 * Achievement of a count against its target, as a fraction that may exceed 100%: actual / target, or target / actual for a lower-is-better count.
 * @customfunction ACHIEVEMENT
 * @helpurl https://localhost:3000/docs/functions.html#achievement
 * @param actual What was achieved (services delivered, employees trained, complaints received).
 * @param target The target for the same period.
 * @param [lowerIsBetter] TRUE when fewer is better (complaints, defects): the answer is then target / actual. Omitted: FALSE.
 * @returns The achievement as a fraction (1.05 = 105%).
 */
export function achievementRatio(
  actual: any[][],
  target: any[][],
  lowerIsBetter?: any[][]
): any[][] {
  return run(F.ACHIEVEMENT, [actual, target, lowerIsBetter]);
}

/**
 * Rating band of a score: Excellent, Good, Fair, Poor, Very poor (or the CSI bands), in English or Indonesian.
 * @customfunction RATING
 * @helpurl https://localhost:3000/docs/functions.html#rating
 * @param score Score points (achievement), a fraction of the target (percent: 0.98 = 98 points), or the fraction CSI returns (csi).
 * @param [scheme] "achievement" (default, score points), "percent" (a fraction such as SLA's 0.98, rated as 98 points) or "csi".
 * @param [language] "en" (default) or "id".
 * @returns The band label.
 */
export function ratingLabel(score: any[][], scheme?: string, language?: string): any[][] {
  return run(F.RATING, [score, scheme, language]);
}

/**
 * Career Score System total: 0.7 × KPI score + 0.1 × assessment + 0.2 × development, or with your own weights.
 * @customfunction CSS_TOTAL
 * @helpurl https://localhost:3000/docs/functions.html#css_total
 * @param kpiScore KPI score of each employee.
 * @param assessmentScore Assessment (behaviour competency) score.
 * @param developmentScore Development (training, certification) score.
 * @param [weights] Three weights (KPI, assessment, development) summing to 100%. Omitted: 70%, 10%, 20%.
 * @returns The CSS total of each employee.
 */
export function cssTotal(
  kpiScore: any[][],
  assessmentScore: any[][],
  developmentScore: any[][],
  weights?: any[][]
): any[][] {
  return run(F.CSS_TOTAL, [kpiScore, assessmentScore, developmentScore, weights]);
}

/**
 * Grade Confirmation Request eligibility: TRUE when the CSS score is at or above the minimum.
 * @customfunction GCR_ELIGIBLE
 * @helpurl https://localhost:3000/docs/functions.html#gcr_eligible
 * @param cssScore CSS total of each employee.
 * @param minimumScore Minimum score for a Grade Confirmation Request.
 * @returns TRUE or FALSE for each employee.
 */
export function gcrEligible(cssScore: any[][], minimumScore: any[][]): any[][] {
  return run(F.GCR_ELIGIBLE, [cssScore, minimumScore]);
}

/**
 * Grade-down signal: TRUE when each of the last `periods` scores is below the threshold.
 * @customfunction GRADE_DOWN
 * @helpurl https://localhost:3000/docs/functions.html#grade_down
 * @param scores One employee's scores in time order (a row or a column); several rows of periods give one answer per row.
 * @param threshold Score below which a period counts as below standard.
 * @param periods How many latest periods must all be below the threshold.
 * @returns TRUE or FALSE.
 */
export function gradeDown(scores: any[][], threshold: number, periods: number): any[][] {
  return run(F.GRADE_DOWN, [scores, threshold, periods]);
}
