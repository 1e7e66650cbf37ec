// Twitter's card uses the same picture as Open Graph.
import Image from "./opengraph-image";

export const alt = "A Parallax comparison: the event, its sources and the counts of conflicting, shared and unique facts";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default Image;
