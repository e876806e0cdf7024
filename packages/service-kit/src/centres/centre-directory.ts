import type { CentreSnapshot } from '@corredor/contracts';

/** What a service reads of the centres: this process's view of the compacted centre topic. */
export interface CentreDirectoryView {
  get(id: string): CentreSnapshot | undefined;
  /** False until the view has read the centre topic as it was when the process started. */
  isLoaded(): boolean;
  centresOfNetwork(network: string): CentreSnapshot[];
  /** Every centre the view knows, by id. */
  all(): CentreSnapshot[];
  timeZoneOf(id: string): string | undefined;
  /** The centre's languages, in its order of preference; none for a centre it does not know. */
  languagesOf(id: string): readonly string[];
}

/**
 * The centres as this process knows them. Snapshots may arrive more than once and out of order
 * (redelivery, a replayed topic): one is applied only if its configVersion is newer than what the
 * view holds, so applying is idempotent.
 */
export class CentreDirectory implements CentreDirectoryView {
  private readonly centres = new Map<string, CentreSnapshot>();
  private loaded = false;

  /** Whether the snapshot is newer than what the view holds of its centre. */
  isNewer(snapshot: CentreSnapshot): boolean {
    const held = this.centres.get(snapshot.id);
    return !held || held.configVersion < snapshot.configVersion;
  }

  /** Returns whether the snapshot was newer and is now the centre's state. */
  apply(snapshot: CentreSnapshot): boolean {
    if (!this.isNewer(snapshot)) return false;
    this.centres.set(snapshot.id, snapshot);
    return true;
  }

  markLoaded(): void {
    this.loaded = true;
  }

  isLoaded(): boolean {
    return this.loaded;
  }

  get(id: string): CentreSnapshot | undefined {
    return this.centres.get(id);
  }

  centresOfNetwork(network: string): CentreSnapshot[] {
    return [...this.centres.values()].filter((centre) => centre.networks.includes(network)).sort((a, b) => a.id.localeCompare(b.id));
  }

  all(): CentreSnapshot[] {
    return [...this.centres.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  timeZoneOf(id: string): string | undefined {
    return this.centres.get(id)?.timeZone;
  }

  languagesOf(id: string): readonly string[] {
    return this.centres.get(id)?.languages ?? [];
  }
}
