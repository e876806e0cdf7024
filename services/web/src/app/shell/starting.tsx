import { Loading } from '../ui/query-state';

/** The first screen's code is still loading (react-router's HydrateFallback). */
export function Starting() {
  return (
    <main className="starting">
      <Loading />
    </main>
  );
}
