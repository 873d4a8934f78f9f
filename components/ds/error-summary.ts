// Designsystemet's ErrorSummary, from its own module (see ./primitives.tsx for why not the package index).
export { ErrorSummary } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/error-summary/index.js";
