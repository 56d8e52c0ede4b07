import type { LaoType, ResponseStatus } from '../vocabulary';

/** One reason attached to a response: a stable code (see reasons.ts) plus the detail that triggered it. */
export interface Reason {
  code: string;
  severity: 'error' | 'warning';
  /** Thai, for the coordinator. */
  message: string;
  /** The other response the reason refers to (1-based data row), e.g. the kept submission of a duplicate. */
  otherRow?: number;
}

/** A registry candidate with the evidence that made it one, so every match is explainable. */
export interface MatchCandidate {
  code: string;
  score: number;
  /** Thai: the fired levels with their weights and the total, e.g. `ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0, อำเภอตรงกัน +3, จังหวัดตรงกัน +2 = +15`. */
  explanation: string;
  /**
   * Found by reading the place answers another way (core/match/swapped-places.ts: the district and the name each from
   * the other's box, or the province of the district answered): its score is of that reading, weighed against the
   * other candidates of that reading only.
   */
  swappedReading?: true;
}

/** A raw response after checks, matching and deduplication. The raw cells themselves are never changed. */
export interface AnnotatedResponse {
  /** 1-based data row in the responses sheet (header excluded). */
  row: number;
  status: ResponseStatus;
  submittedAt: Date | null;
  laoCode: string | null;
  /** Province the response belongs to (matched LAO's, else as answered, normalised); null when unknown. */
  province: string | null;
  district: string | null;
  laoType: LaoType | null;
  laoName: string | null;
  /** Person as displayed (titles kept), plus contact details in display form. */
  personName: string;
  position: string;
  phone: string;
  email: string;
  session: string;
  duplicateOf: number | null;
  reasons: Reason[];
  candidates: MatchCandidate[];
}
