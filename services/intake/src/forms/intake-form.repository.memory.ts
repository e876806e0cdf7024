import { MemoryCollection } from '@corredor/persistence';
import type { IntakeForm } from './intake-form.domain';
import type { IntakeFormRepository } from './intake-form.repository';

export class MemoryIntakeFormRepository implements IntakeFormRepository {
  private readonly forms = new MemoryCollection<IntakeForm>('intake_forms', [{ name: 'tenant_version', fields: ['tenant', 'version'] }]);

  async current(tenant: string): Promise<IntakeForm | null> {
    return this.forms.find({ tenant }, { sort: { version: -1 }, limit: 1 })[0] ?? null;
  }

  async findVersion(tenant: string, version: number): Promise<IntakeForm | null> {
    return this.forms.findOne({ tenant, version }) ?? null;
  }

  async add(form: IntakeForm): Promise<void> {
    this.forms.insert(form);
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
