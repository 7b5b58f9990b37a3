// The measure needs the public corpus beside the checkout.
return new File(corpus as String).isDirectory()
