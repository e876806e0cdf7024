import { Link } from 'react-router';
import { useFormat } from '../i18n/format';
import type { Partner } from './partner-labels';
import type { PartnerText } from './partner-text';

interface PartnerEntryProps {
  partner: Partner;
  text: PartnerText;
  /** The person may refer cases (the access matrix). */
  mayRefer: boolean;
  /** A coordinator, who alone refers to a partner without a signed agreement. */
  isCoordinator: boolean;
}

/**
 * The state the case list receives from "Refer a case to this partner": which partner, so the
 * case's referral form can open on it. A partner is an organisation, no one's personal data.
 */
export interface ReferToPartnerState {
  referTo: { partnerId: string; partnerName: string };
}

/** One organisation of the directory: what it offers, in which languages, how to reach it, and referring a case to it. */
export function PartnerEntry({ partner, text, mayRefer, isCoordinator }: PartnerEntryProps) {
  const { t } = text;
  const { date, list } = useFormat();
  const headingId = `partner-${partner.id}`;
  const mayReferHere = mayRefer && (partner.agreementSigned || isCoordinator);
  const state: ReferToPartnerState = { referTo: { partnerId: partner.id, partnerName: partner.name } };
  return (
    <article className="partner" aria-labelledby={headingId}>
      <h2 id={headingId}>{partner.name}</h2>
      {partner.description ? <p className="partner-description">{partner.description}</p> : null}
      <dl className="partner-facts">
        <div>
          <dt>{t('entry.services')}</dt>
          <dd>
            <ul className="tags">
              {partner.services.map((service) => (
                <li key={service}>{text.service(service)}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('entry.languages')}</dt>
          <dd>{partner.languages.length > 0 ? list(partner.languages.map(text.language)) : t('entry.languagesNone')}</dd>
        </div>
        <div>
          <dt>{t('entry.agreement')}</dt>
          <dd>{partner.agreementSigned ? t('entry.agreementSigned') : t('entry.agreementNone')}</dd>
        </div>
        {partner.contact?.phone ? (
          <div>
            <dt>{t('entry.phone')}</dt>
            <dd>
              <a href={`tel:${partner.contact.phone.replace(/[^\d+]/g, '')}`}>{partner.contact.phone}</a>
            </dd>
          </div>
        ) : null}
        {partner.contact?.email ? (
          <div>
            <dt>{t('entry.email')}</dt>
            <dd>
              <a href={`mailto:${partner.contact.email}`}>{partner.contact.email}</a>
            </dd>
          </div>
        ) : null}
        {partner.contact?.website ? (
          <div>
            <dt>{t('entry.website')}</dt>
            <dd>
              <a href={partner.contact.website} target="_blank" rel="noopener noreferrer">
                {partner.contact.website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="partner-added">{t('entry.added', { date: date(partner.createdAt) })}</p>
      {mayReferHere ? (
        <div className="partner-refer">
          <Link to="/cases" state={state} className="button secondary">
            {t('refer.link', { name: partner.name })}
          </Link>
        </div>
      ) : null}
      {mayRefer && !mayReferHere ? <p className="field-hint">{t('refer.coordinatorOnly')}</p> : null}
    </article>
  );
}
