// Designsystemet's Fieldset, from its own module (see ./primitives.tsx for why not the package index).
export { Fieldset } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/fieldset/index.js";
