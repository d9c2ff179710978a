import type { SharedProps } from "../contract";

/** Config props of `gr.SimpleImage`. */
export interface SimpleImageProps extends SharedProps {
  /** Offer a download button on a shown image. @defaultValue true */
  show_download_button?: boolean;
}
