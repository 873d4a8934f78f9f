// Designsystemet's Details, DetailsContent, DetailsSummary, from their own modules (see ./primitives.tsx for why not the package index).
export { Details } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/details/index.js";
export { DetailsContent } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/details/details-content.js";
export { DetailsSummary } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/details/details-summary.js";
