import { blindIndex, normaliseDocumentNumber } from '@/lib/crypto/field-encryption';
import type { DocumentHash } from './types';

/**
 * The keyed blind index of a document number (Agreement 8.1 compares passengers by it), computed once per
 * number within an order: the same passport on two legs or two items hashes once.
 */
export function documentHasher(): DocumentHash {
  const hashes = new Map<string, string>();
  return (documentNumber) => {
    const normal = normaliseDocumentNumber(documentNumber);
    let hash = hashes.get(normal);
    if (!hash) hashes.set(normal, (hash = blindIndex(normal)));
    return hash;
  };
}
