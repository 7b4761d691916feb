import { Image } from 'antd';
import { photoUrl } from './api';
import type { Photo } from './api';

/** Thumbnails of photos; a tap shows one whole. */
export function PhotoStrip({ photos }: { photos: Photo[] }) {
  if (photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      {photos.map((photo) => (
        <Image key={photo.id} src={photoUrl(photo.id)} width={72} height={72} style={{ objectFit: 'cover' }} />
      ))}
    </Image.PreviewGroup>
  );
}
