import { checkDirectory, EXAMPLE_DIRECTORY_FILE, loadDirectory } from '../../../src/directory/directory-loader.js';
console.log(checkDirectory(EXAMPLE_DIRECTORY_FILE));
const d = loadDirectory(EXAMPLE_DIRECTORY_FILE);
console.log(d.offices.map((o) => `${o.id} ${o.regionCodes}`).join('\n'));
console.log(JSON.stringify(d.byId.get('uptd-palu')?.oncall), d.byId.get('uptd-palu')?.officers);
