// Designsystemet's Card, from its own module (see ./primitives.tsx for why not the package index).
export { Card } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/card/index.js";
