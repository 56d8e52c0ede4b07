/** Run only by shared-data.test.ts (as its own jest run): a block needing a file ../shared/data never has. */
import { describeWithSharedData } from './shared-data';

describeWithSharedData('a block over data that is not there', ['no-such-file.csv'], () => {
  throw new Error('the body ran although its data is missing');
});
