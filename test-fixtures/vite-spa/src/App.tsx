import { lazy } from 'react';
import { searchEvents } from './api/lensmor';
import { apiUrl } from './api/public';
import { adminReport } from './api/secure';
import { loadProfile } from './lib/http';

const Settings = lazy(() => import('./pages/Settings'));

export function App() {
  return <main data-api={apiUrl}><button onClick={() => searchEvents('ai')}>Search</button><Settings /></main>;
}

export { adminReport, loadProfile };
