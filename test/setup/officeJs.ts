/**
 * Every jest test that installs a simulated host meets Microsoft's own Office.js
 * client (@microsoft/office-js), evaluated once per test file in a jsdom window
 * that is closed after the file (with the timers Excel.run may leave).
 */
import { closeOfficeJsClient } from "../../excel-simulator/officeJs";
import { useOfficeJsInNode } from "../../excel-simulator/node";

useOfficeJsInNode();
afterAll(() => closeOfficeJsClient());
