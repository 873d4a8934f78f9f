// Designsystemet's Radio, from its own module (see ./primitives.tsx for why not the package index).
export { Radio } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/radio/radio.js";
