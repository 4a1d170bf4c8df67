import { apiPropertySuite } from './support/suite';

/** Half of the contract's methods (the other half: api-methods-1.test.ts), split so both CPU cores work. */
apiPropertySuite(1, 2);
