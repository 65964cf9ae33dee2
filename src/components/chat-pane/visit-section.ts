/**
 * The pre-chat survey and the visit detail, in a collapsible section. The visit detail
 * is asked for (GetChatVisit) the first time the section opens. Every value here was
 * typed by the visitor or reported by their browser: all bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyField, VisitDetail } from '../../core/protocol/models.js';
import type { LocalizeController } from '../shared/localize.js';

export interface VisitSectionProps {
  readonly survey: readonly SurveyField[];
  readonly visit: VisitDetail | null;
  /** GetChatVisit went out and its answer has not come. */
  readonly loading: boolean;
  /** The chat's location, from the chat list, while the visit detail is not there. */
  readonly location: string;
  readonly localize: LocalizeController;
  readonly onOpen: () => void;
}

function row(label: string, value: string | number): TemplateResult | typeof nothing {
  if (value === '' || value === 0) return nothing;
  return html`<div part="detail-row"><dt part="detail-name">${label}</dt><dd part="detail-value">${value}</dd></div>`;
}

function renderVisit(visit: VisitDetail, localize: LocalizeController): TemplateResult {
  const geo = visit.geoIp;
  const location = geo ? [geo.city, geo.countryName].filter((part) => part !== '').join(', ') : '';
  return html`<dl part="visit">
      ${row(localize.term('chatPaneVisitContact'), visit.contact.name)} ${row(localize.term('chatPaneVisitEmail'), visit.contact.email)}
      ${row(localize.term('chatPaneVisitCompany'), visit.contact.company)}
      ${row(localize.term('chatPaneVisitTelephone'), visit.contact.telephone)} ${row(localize.term('chatPaneVisitLocation'), location)}
      ${row(localize.term('chatPaneVisitIp'), visit.ip)} ${row(localize.term('chatPaneVisitHost'), visit.dns)}
      ${row(localize.term('chatPaneVisitBrowser'), visit.browser)} ${row(localize.term('chatPaneVisitOs'), visit.os)}
      ${row(localize.term('chatPaneVisitReferrer'), visit.referrer)} ${row(localize.term('chatPaneVisitVisits'), visit.totalVisits)}
      ${row(localize.term('chatPaneVisitStarted'), visit.sessionStarted)} ${row(localize.term('chatPaneVisitFirst'), visit.firstVisit)}
      ${row(localize.term('chatPaneVisitPageViews'), visit.pageViews)}
    </dl>
    ${visit.pages.length > 0
      ? html`<h4 part="details-heading">${localize.term('chatPanePages')}</h4>
          <ol part="pages">
            ${visit.pages.map((page) => html`<li part="page">${page.name}</li>`)}
          </ol>`
      : nothing}`;
}

export function renderVisitSection(props: VisitSectionProps): TemplateResult {
  const { localize } = props;
  const onToggle = (event: Event) => {
    if ((event.target as HTMLDetailsElement).open) props.onOpen();
  };
  return html`<details part="details" @toggle=${onToggle}>
    <summary part="details-summary">${localize.term('chatPaneDetails')}</summary>
    <h3 part="details-heading">${localize.term('chatPaneSurvey')}</h3>
    ${props.survey.length === 0
      ? html`<p part="details-empty">${localize.term('chatPaneNoSurvey')}</p>`
      : html`<dl part="survey">${props.survey.map((field) => row(field.name, field.value))}</dl>`}
    <h3 part="details-heading">${localize.term('chatPaneVisit')}</h3>
    ${props.visit
      ? renderVisit(props.visit, localize)
      : props.loading
        ? html`<p part="details-empty" role="status">${localize.term('chatPaneVisitLoading')}</p>`
        : html`${props.location ? html`<dl part="visit">${row(localize.term('chatPaneVisitLocation'), props.location)}</dl>` : nothing}
            <p part="details-empty">${localize.term('chatPaneVisitUnavailable')}</p>`}
  </details>`;
}
