import { DOCUMENT_TYPES } from '../intake-api.types';
import { SelectInput, TextInput } from '../intake-controls';
import { emptyDocument, type DocumentDraft } from '../intake-draft';
import { DOCUMENT_LABELS } from '../intake-option-keys';
import { removeAt, replaceAt, type StepProps } from './step-props';

const MAX_DOCUMENTS = 6;
const at = 'person.identityDocuments';

/** Identity documents (CURP, RFC, NSS, passport...): sensitive, and what finds a returning person best. */
export function DocumentsStep({ draft, edit, error, labels }: StepProps) {
  const { t } = labels;
  const documents = draft.documents;
  const setDocuments = (next: DocumentDraft[]) => edit((current) => ({ ...current, documents: next }), [at]);
  const change = (index: number, document: DocumentDraft, changes: Partial<DocumentDraft>) => setDocuments(replaceAt(documents, index, { ...document, ...changes }));
  return (
    <>
      <p className="field-hint">{t('documents.intro')}</p>
      {error(at) ? <p className="field-error">{error(at)}</p> : null}
      {documents.length === 0 ? <p>{t('documents.none')}</p> : null}
      {documents.map((document, index) => (
        <fieldset className="group list-item" key={index} data-field={`${at}.${index}`}>
          <legend>{t('documents.documentN', { n: index + 1 })}</legend>
          <div className="field-row">
            <SelectInput
              path={`${at}.${index}.type`}
              label={t('documents.type')}
              required
              placeholder={t('choose')}
              value={document.type}
              options={labels.options(DOCUMENT_TYPES, DOCUMENT_LABELS)}
              onChange={(type) => change(index, document, { type })}
              error={error(`${at}.${index}.type`) ?? error(`${at}.${index}`)}
            />
            <TextInput
              path={`${at}.${index}.number`}
              required
              label={t('documents.number')}
              hint={document.type === '' ? undefined : t(HINTS[document.type])}
              value={document.number}
              onChange={(number) => change(index, document, { number })}
              error={error(`${at}.${index}.number`)}
            />
          </div>
          {document.type === 'passport' || document.type === 'other-id' ? (
            <div className="field-row">
              <SelectInput
                path={`${at}.${index}.issuingCountry`}
                required={document.type === 'passport'}
                label={t('documents.issuingCountry')}
                placeholder={t('choose')}
                value={document.issuingCountry}
                groups={labels.countryGroups}
                onChange={(issuingCountry) => change(index, document, { issuingCountry })}
                error={error(`${at}.${index}.issuingCountry`)}
              />
              {document.type === 'other-id' ? (
                <TextInput
                  path={`${at}.${index}.description`}
                  label={t('documents.description')}
                  hint={t('documents.descriptionHint')}
                  value={document.description}
                  onChange={(description) => change(index, document, { description })}
                  error={error(`${at}.${index}.description`)}
                />
              ) : null}
            </div>
          ) : null}
          <button type="button" className="secondary" onClick={() => setDocuments(removeAt(documents, index))}>
            {t('documents.remove', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      {documents.length < MAX_DOCUMENTS ? (
        <button type="button" className="secondary" onClick={() => setDocuments([...documents, emptyDocument()])}>
          {t('documents.add')}
        </button>
      ) : null}
    </>
  );
}

const HINTS = {
  CURP: 'documents.hint.CURP',
  RFC: 'documents.hint.RFC',
  NSS: 'documents.hint.NSS',
  passport: 'documents.hint.passport',
  'other-id': 'documents.hint.other-id',
} as const;
