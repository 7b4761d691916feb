import { Image } from 'antd';
import { orderPhotoUrl } from './api';
import type { Photo } from './api';

/** Thumbnails of an order's photos (the problem's, an answer's); a tap shows one whole. */
export function OrderPhotos({ orderId, photos }: { orderId: number; photos: Photo[] }) {
  if (photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      {photos.map((photo) => (
        <Image
          key={photo.id}
          src={orderPhotoUrl(orderId, photo.id)}
          width={72}
          height={72}
          style={{ objectFit: 'cover' }}
        />
      ))}
    </Image.PreviewGroup>
  );
}
