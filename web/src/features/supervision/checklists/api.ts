import { api } from '../../../app/api/client';
import type {
  ChecklistItem,
  ChecklistVersion,
  TemplateDetail,
  TemplateSummary,
} from '../../../../../server/src/modules/supervision/checklists.schema.ts';

export type { ChecklistItem, ChecklistVersion, TemplateDetail, TemplateSummary };
export { itemKinds, maxItemWeight } from '../../../../../server/src/modules/supervision/vocabulary.ts';

export async function fetchTemplates(signal: AbortSignal): Promise<TemplateSummary[]> {
  return (await api.get<{ items: TemplateSummary[] }>('/supervision/checklists', { signal })).items;
}

export function fetchTemplate(templateId: number, signal: AbortSignal): Promise<TemplateDetail> {
  return api.get<TemplateDetail>(`/supervision/checklists/${templateId}`, { signal });
}

/** Saves the items as the template's next version. */
export function reviseTemplate(templateId: number, items: ChecklistItem[]): Promise<TemplateDetail> {
  return api.put<TemplateDetail>(`/supervision/checklists/${templateId}`, { items });
}
