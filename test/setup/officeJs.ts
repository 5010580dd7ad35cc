/**
 * Every jest test that installs a simulated host meets Microsoft's own Office.js
 * client (@microsoft/office-js), evaluated once per test file in a jsdom window
 * that is closed after the file (with the timers Excel.run may leave).
 */
import { closeOfficeJsClient } from "../../playground/host/officeJs";
import { useOfficeJsInNode } from "../../playground/host/node";

useOfficeJsInNode();
afterAll(() => closeOfficeJsClient());
